import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { LOCALITIES } from './operations';

/**
 * A town from the directory of Russian localities, searched on the server as the person types (the
 * directory has over a thousand): the most populous first, within the chosen region when there is one.
 */
export function CityPicker({
  id,
  region,
  value,
  onChange,
}: {
  id: string;
  region: string | null;
  value: { city: string; region: string } | null;
  onChange(value: { city: string; region: string } | null): void;
}) {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(LOCALITIES, {
    variables: { search: search || null, region },
    errorPolicy: 'all',
  });
  const options = (data?.localities ?? []).map(({ name, region: of }) => ({
    value: `${of}|${name}`,
    label: region ? name : `${name} (${of})`,
  }));
  const selected = value ? `${value.region}|${value.city}` : undefined;
  if (value && selected && !options.some((option) => option.value === selected))
    options.unshift({ value: selected, label: region ? value.city : `${value.city} (${value.region})` });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      placeholder="Любой"
      filterOption={false}
      onSearch={setSearch}
      loading={loading}
      notFoundContent={loading ? 'Ищем…' : 'Не нашли такой населённый пункт'}
      value={selected}
      options={options}
      onChange={(chosen: string | undefined) => {
        setSearch('');
        if (!chosen) return onChange(null);
        const [of = '', name = ''] = chosen.split('|');
        onChange({ city: name, region: of });
      }}
      className="czn-bank__field"
    />
  );
}
