/** Demo data shared by several subgraphs' seeds: the same ids on every machine. */
export const DEMO_PASSWORD = 'demo12345';

export const demoJobCenterIds = {
  barnaul: '0b6a3c1e-2f1d-4c57-9a0e-000000000001',
  biysk: '0b6a3c1e-2f1d-4c57-9a0e-000000000002',
  rubtsovsk: '0b6a3c1e-2f1d-4c57-9a0e-000000000003',
  novoaltaisk: '0b6a3c1e-2f1d-4c57-9a0e-000000000004',
  zarinsk: '0b6a3c1e-2f1d-4c57-9a0e-000000000005',
  kamenNaObi: '0b6a3c1e-2f1d-4c57-9a0e-000000000006',
  slavgorod: '0b6a3c1e-2f1d-4c57-9a0e-000000000007',
  aleisk: '0b6a3c1e-2f1d-4c57-9a0e-000000000008',
} as const;

export const demoUserIds = {
  ivanov: '5d1f7a20-8c3b-4e0f-b1a2-000000000001',
  petrova: '5d1f7a20-8c3b-4e0f-b1a2-000000000002',
  operatorBarnaul: '5d1f7a20-8c3b-4e0f-b1a2-000000000003',
  operatorBiysk: '5d1f7a20-8c3b-4e0f-b1a2-000000000004',
  employer: '5d1f7a20-8c3b-4e0f-b1a2-000000000005',
} as const;
