import { Col, Form, Row, Select } from 'antd';
import type { AppealStatus, AppealType } from '../gql/graphql';
import { serviceOptions, statusOptions, type AppealFilter } from './filter';

export function AppealFilters({
  filter,
  onChange,
}: {
  filter: AppealFilter;
  onChange(filter: AppealFilter): void;
}) {
  return (
    <Form layout="vertical" role="search" aria-label="Отбор обращений">
      <Row gutter={16}>
        <Col xs={24} sm={10} md={8}>
          <Form.Item label="Статус" htmlFor="appeal-status-filter">
            <Select
              id="appeal-status-filter"
              allowClear
              placeholder="Все статусы"
              options={statusOptions}
              value={filter.status ?? undefined}
              onChange={(status?: AppealStatus) => onChange({ ...filter, status: status ?? null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14} md={10}>
          <Form.Item label="Услуга" htmlFor="appeal-service-filter">
            <Select
              id="appeal-service-filter"
              allowClear
              placeholder="Все услуги"
              options={serviceOptions}
              value={filter.type ?? undefined}
              onChange={(type?: AppealType) => onChange({ ...filter, type: type ?? null })}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
