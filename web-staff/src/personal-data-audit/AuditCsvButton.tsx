import { useApolloClient } from '@apollo/client/react';
import { describeFailure, REGION_TIME_ZONE, useToast } from '@czn/ui';
import { Button } from 'antd';
import { useState } from 'react';
import { PERSONAL_DATA_AUDIT_CSV } from './operations';

/** 2026-11-22: today on the region's clock, for the file name. */
const regionToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: REGION_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

function saveFile(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after this task; revoking at once could cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** «Выгрузить в CSV»: the person's whole trail, fetched afresh, saved as a file. */
export function AuditCsvButton({ snils }: { snils: string }) {
  const client = useApolloClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({
        query: PERSONAL_DATA_AUDIT_CSV,
        variables: { subject: { snils } },
        // The export is personal data itself: it goes to the file, not into the client's cache.
        fetchPolicy: 'no-cache',
      });
      const name = `pdn-audit-${snils}-${regionToday()}.csv`;
      saveFile(name, data!.personalDataAuditCsv);
      void toast.success(`Журнал выгружен в файл ${name}`);
    } catch (error) {
      void toast.error(`Не удалось выгрузить журнал: ${describeFailure(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button onClick={() => void download()} loading={busy}>
      Выгрузить в CSV
    </Button>
  );
}
