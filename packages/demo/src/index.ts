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

/** Partner agencies of seed 003 (identity owns them; routing's partner referrals name them). */
export const demoPartnerAgencyIds = {
  bailiffs: '9a4e6c10-5b2d-4f3a-8c1e-000000000001',
  crisisCenter: '9a4e6c10-5b2d-4f3a-8c1e-000000000002',
  mediation: '9a4e6c10-5b2d-4f3a-8c1e-000000000003',
  socialProtection: '9a4e6c10-5b2d-4f3a-8c1e-000000000004',
  wageWorkingGroup: '9a4e6c10-5b2d-4f3a-8c1e-000000000005',
} as const;

export const demoUserIds = {
  ivanov: '5d1f7a20-8c3b-4e0f-b1a2-000000000001',
  petrova: '5d1f7a20-8c3b-4e0f-b1a2-000000000002',
  operatorBarnaul: '5d1f7a20-8c3b-4e0f-b1a2-000000000003',
  operatorBiysk: '5d1f7a20-8c3b-4e0f-b1a2-000000000004',
  employer: '5d1f7a20-8c3b-4e0f-b1a2-000000000005',
  adminBarnaul: '5d1f7a20-8c3b-4e0f-b1a2-000000000006',
  /** An employee of the bailiffs' office (login osp.barnaul), a PARTNER user. */
  bailiffBarnaul: '5d1f7a20-8c3b-4e0f-b1a2-000000000007',
} as const;

/**
 * Demo employer organisations. The demo `employer` account represents `altaiWarmWindows`; the others own
 * the remaining demo vacancies.
 */
export const demoOrganizationIds = {
  altaiWarmWindows: '7c2e9b40-3a1f-4d6e-8b5c-000000000001',
  altaiMachineSystems: '7c2e9b40-3a1f-4d6e-8b5c-000000000002',
  katunMed: '7c2e9b40-3a1f-4d6e-8b5c-000000000003',
  stepnoy: '7c2e9b40-3a1f-4d6e-8b5c-000000000004',
  altaiAgroTrans: '7c2e9b40-3a1f-4d6e-8b5c-000000000005',
  kulundaMill: '7c2e9b40-3a1f-4d6e-8b5c-000000000006',
  school12Aleisk: '7c2e9b40-3a1f-4d6e-8b5c-000000000007',
  metalBiya: '7c2e9b40-3a1f-4d6e-8b5c-000000000008',
  altaiTrapeza: '7c2e9b40-3a1f-4d6e-8b5c-000000000009',
  zaryaPriobya: '7c2e9b40-3a1f-4d6e-8b5c-000000000010',
  zarinskMixes: '7c2e9b40-3a1f-4d6e-8b5c-000000000011',
} as const;
/**
 * Employer's demo vacancies that other subgraphs' seeds name: the demo citizen keeps the CNC operator's
 * (published) and the forwarding driver's (withdrawn by its employer) in favourites.
 */
export const demoVacancyIds = {
  cncOperator: '9e3f1c7a-6b2d-4d8e-a5f0-000000000001',
  forwardingDriver: '9e3f1c7a-6b2d-4d8e-a5f0-000000000016',
} as const;

export * from './esia';
