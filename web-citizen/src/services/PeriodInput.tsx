import { Flex, Input } from 'antd';

export interface PeriodInputProps {
  id?: string;
  label: string;
  value?: string[];
  onChange?(value: string[]): void;
}

/** A period as two dates, «с» and «по», each a native date input that phones and screen readers know. */
export function PeriodInput({ id, label, value = [], onChange }: PeriodInputProps) {
  const [from = '', to = ''] = value;
  return (
    <Flex gap="small" wrap>
      <Input
        id={id}
        type="date"
        aria-label={`${label}: с`}
        value={from}
        onChange={(event) => onChange?.([event.target.value, to])}
        className="czn-date"
      />
      <Input
        type="date"
        aria-label={`${label}: по`}
        value={to}
        min={from || undefined}
        onChange={(event) => onChange?.([from, event.target.value])}
        className="czn-date"
      />
    </Flex>
  );
}
