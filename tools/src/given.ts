import { applicationExamples, type ApplicationFieldAnswerInput } from '@czn/citizen';
import { FIXTURE_PASSWORD, identityFixtures } from '@czn/identity';
import type { Role, SignedInViewer } from '@czn/kernel';
import { schedulingFixtures } from '@czn/scheduling';
import { employerFixtures, type VacancyFixture } from '@czn/employer';
import type { Stack } from './stack';

export interface JobCenterHandle {
  kind: 'jobCenter';
  id: string;
  name: string;
}

export interface OrganizationHandle {
  kind: 'organization';
  id: string;
  name: string;
  inn: string;
}

export interface PartnerAgencyHandle {
  kind: 'partnerAgency';
  id: string;
  name: string;
}

/** A signed-in account: its token for the gateway and its viewer for a subgraph called directly. */
export interface PersonHandle {
  kind: 'person';
  id: string;
  login: string;
  fullName: string;
  roles: Role[];
  jobCenterId: string | null;
  organizationId: string | null;
  partnerAgencyId: string | null;
  /** An access token from a password sign-in through the gateway, with a session of its own. */
  token: string;
  viewer: SignedInViewer;
}

export type AppealStatus = 'REGISTERED' | 'IN_PROGRESS' | 'COMPLETED' | 'REJECTED';

export type AppealType =
  | 'JOB_SEARCH_ASSISTANCE'
  | 'LABOR_MARKET_INFO'
  | 'CAREER_GUIDANCE'
  | 'PUBLIC_WORKS'
  | 'TEMPORARY_EMPLOYMENT'
  | 'VOCATIONAL_TRAINING'
  | 'SELF_EMPLOYMENT_SUPPORT';

export interface AppealHandle {
  kind: 'appeal';
  id: string;
  number: string;
  type: AppealType;
  status: AppealStatus;
  applicantId: string;
  jobCenterId: string;
}

export type PersonalCaseStatus = 'JOB_SEEKER' | 'UNEMPLOYED';

export interface PersonalCaseHandle {
  kind: 'personalCase';
  id: string;
  status: PersonalCaseStatus;
  personalAccountNumber: string | null;
  citizenId: string;
  jobCenterId: string;
}

export interface ReferralHandle {
  kind: 'referral';
  id: string;
  purpose: string;
  agencyId: string;
  personId: string;
  jobCenterId: string;
}

export type VacancyStatus = 'ACTIVE' | 'WITHDRAWN';

export interface VacancyHandle {
  kind: 'vacancy';
  id: string;
  title: string;
  status: VacancyStatus;
  organizationId: string;
  jobCenterId: string;
}

export type ResumeStatus = 'PENDING_REVIEW' | 'ACTIVE' | 'REJECTED';

/** The citizen's consent to publish the resume and each personal field in it (seed 000's checkboxes). */
export interface ResumeConsent {
  publish: boolean;
  publishName: boolean;
  publishAddress: boolean;
  publishPhone: boolean;
  publishAge: boolean;
}

export interface ResumeHandle {
  kind: 'resume';
  id: string;
  desiredPosition: string;
  status: ResumeStatus;
  ownerId: string;
  jobCenterId: string;
  consent: ResumeConsent;
}

export interface FavoriteVacancyHandle {
  kind: 'favoriteVacancy';
  id: string;
  citizenId: string;
  vacancyId: string;
}

type Handle =
  | FavoriteVacancyHandle
  | JobCenterHandle
  | OrganizationHandle
  | PartnerAgencyHandle
  | PersonHandle
  | AppealHandle
  | PersonalCaseHandle
  | ReferralHandle
  | VacancyHandle
  | ResumeHandle;
type Made = Record<string, Handle>;
type Step = (made: Made) => Promise<Made>;

interface PersonOptions<K extends string> {
  /** The key the handle is returned under, when a test needs two of a kind. */
  as?: K;
  fullName?: string;
  phone?: string;
  email?: string;
  snils?: string;
}

/** The staff who open personal cases. */
const CASE_ROLES: readonly Role[] = ['REGISTRAR', 'CAREER_CONSULTANT', 'ADMIN'];

/** The newest handle of a kind made so far, if any. */
function newest<H extends Handle>(made: Made, kind: H['kind'], where: (handle: H) => boolean = () => true) {
  return Object.values(made)
    .filter((handle): handle is H => handle.kind === kind && where(handle as H))
    .at(-1);
}

/**
 * The test-data builder: each step creates what a test needs through the owning subgraph (its fixtures for
 * accounts, organisations, agencies and job centres; the gateway's GraphQL for everything a person does) and
 * the awaited builder gives typed handles by name:
 *
 *   const { citizen, staff, appeal } = await given(stack).jobCenter().staff('REGISTRAR').citizen()
 *     .appeal({ status: 'IN_PROGRESS' });
 *
 * A step takes what it needs from the newest handle of that kind made before it (the appeal's citizen and job
 * centre, the staff member's centre, the employer's organisation) and makes one itself when there is none.
 */
export class Given<T extends object> implements PromiseLike<T> {
  constructor(
    private readonly stack: Stack,
    private readonly steps: Step[],
  ) {}

  private step<K extends string, H extends Handle>(
    key: K,
    make: (made: Made) => Promise<H>,
  ): Given<T & Record<K, H>> {
    return new Given(this.stack, [...this.steps, async (made) => ({ ...made, [key]: await make(made) })]);
  }

  jobCenter<K extends string = 'jobCenter'>(options: { as?: K; name?: string } = {}) {
    return this.step((options.as ?? 'jobCenter') as K, () => this.makeJobCenter(options.name));
  }

  organization<K extends string = 'organization'>(options: { as?: K; name?: string } = {}) {
    return this.step((options.as ?? 'organization') as K, () => this.makeOrganization(options.name));
  }

  partnerAgency<K extends string = 'partnerAgency'>(options: { as?: K; name?: string } = {}) {
    return this.step((options.as ?? 'partnerAgency') as K, () => this.makePartnerAgency(options.name));
  }

  /** Signs in with a password, which a production identity refuses citizens (they use ESIA there). */
  citizen<K extends string = 'citizen'>(options: PersonOptions<K> = {}) {
    return this.step((options.as ?? 'citizen') as K, () => this.makeCitizen(options));
  }

  /** A staff member of the newest job centre (one is made when there is none). */
  staff<K extends string = 'staff'>(
    roles: Role | Role[] = 'REGISTRAR',
    options: PersonOptions<K> & { jobCenter?: JobCenterHandle } = {},
  ) {
    return this.step((options.as ?? 'staff') as K, async (made) => {
      const jobCenter = options.jobCenter ?? (await this.newestJobCenter(made));
      return this.person({
        ...options,
        roles: Array.isArray(roles) ? roles : [roles],
        jobCenterId: jobCenter.id,
        fullName: options.fullName ?? 'Сотрудникова Ольга Петровна',
      });
    });
  }

  /** A representative of the newest organisation (one is made when there is none). */
  employer<K extends string = 'employer'>(options: PersonOptions<K> = {}) {
    return this.step((options.as ?? 'employer') as K, async (made) => {
      const organization =
        newest<OrganizationHandle>(made, 'organization') ?? (await this.makeOrganization());
      return this.person({
        ...options,
        roles: ['EMPLOYER'],
        organizationId: organization.id,
        fullName: options.fullName ?? 'Работодателев Андрей Викторович',
      });
    });
  }

  /** An employee of the newest partner agency (one is made when there is none). */
  partnerUser<K extends string = 'partnerUser'>(options: PersonOptions<K> = {}) {
    return this.step((options.as ?? 'partnerUser') as K, async (made) => {
      const agency = newest<PartnerAgencyHandle>(made, 'partnerAgency') ?? (await this.makePartnerAgency());
      return this.person({
        ...options,
        roles: ['PARTNER'],
        partnerAgencyId: agency.id,
        fullName: options.fullName ?? 'Партнёрова Марина Викторовна',
      });
    });
  }

  /**
   * The newest citizen's application (job search assistance unless `type` says otherwise) to the newest job
   * centre, submitted through the gateway and moved on to `status` by a staff member of that centre (the
   * newest one there, or a registrar made for it). The application is the service's whole example
   * (`applicationExamples` of citizen) unless `fields` says otherwise.
   */
  appeal<K extends string = 'appeal'>(
    options: {
      as?: K;
      type?: AppealType;
      status?: AppealStatus;
      contactPhone?: string;
      comment?: string;
      fields?: ApplicationFieldAnswerInput[];
      citizen?: PersonHandle;
      jobCenter?: JobCenterHandle;
    } = {},
  ) {
    return this.step((options.as ?? 'appeal') as K, async (made): Promise<AppealHandle> => {
      const jobCenter = options.jobCenter ?? (await this.newestJobCenter(made));
      const citizen = options.citizen ?? (await this.newestCitizen(made));
      const type = options.type ?? 'JOB_SEARCH_ASSISTANCE';
      const submitted = await this.submitAppeal(citizen, jobCenter.id, { ...options, type });
      const status = options.status ?? 'REGISTERED';
      if (status !== 'REGISTERED') {
        const staff = await this.newestStaff(made, jobCenter);
        const { id } = submitted;
        await this.call(staff.token, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', { id });
        if (status === 'COMPLETED')
          await this.call(
            staff.token,
            'mutation($id: ID!) { completeAppeal(id: $id, result: "Исполнено") { id } }',
            { id },
          );
        if (status === 'REJECTED')
          await this.call(
            staff.token,
            'mutation($id: ID!) { rejectAppeal(id: $id, reason: "Отказано") { id } }',
            { id },
          );
      }
      return {
        kind: 'appeal',
        ...submitted,
        type,
        status,
        applicantId: citizen.id,
        jobCenterId: jobCenter.id,
      };
    });
  }

  /**
   * A resume of the newest citizen for the newest job centre, created through the gateway with every consent
   * unless `consent` withholds some, and accepted or rejected («Нужно уточнить опыт работы») by the newest
   * staff member of that centre (or a registrar made for it) when `status` says so.
   */
  resume<K extends string = 'resume'>(
    options: {
      as?: K;
      status?: ResumeStatus;
      consent?: Partial<ResumeConsent>;
      desiredPosition?: string;
    } = {},
  ) {
    return this.step((options.as ?? 'resume') as K, async (made): Promise<ResumeHandle> => {
      const jobCenter = await this.newestJobCenter(made);
      const citizen = await this.newestCitizen(made);
      const consent: ResumeConsent = {
        publish: true,
        publishName: true,
        publishAddress: true,
        publishPhone: true,
        publishAge: true,
        ...options.consent,
      };
      const desiredPosition = options.desiredPosition ?? 'Бухгалтер';
      const { id } = await this.call<{ id: string }>(
        citizen.token,
        'mutation($input: CreateResumeInput!) { createResume(input: $input) { id } }',
        {
          input: {
            jobCenterId: jobCenter.id,
            desiredPosition,
            desiredSalary: 45000,
            city: 'Барнаул',
            educations: [
              {
                level: 'BACHELOR',
                institution: 'Алтайский государственный университет',
                graduationYear: 2012,
              },
            ],
            experiences: [{ organization: 'ООО «Алтайхлеб»', position: desiredPosition, from: '2013-02' }],
            keySkills: ['1С:Бухгалтерия', 'Excel'],
            fullName: citizen.fullName,
            birthDate: '1990-05-17',
            phone: '+7 (913) 000-00-00',
            address: 'г. Барнаул, ул. Ленина, д. 1',
            consent,
          },
        },
      );
      const status = options.status ?? 'PENDING_REVIEW';
      if (status !== 'PENDING_REVIEW') {
        const staff = await this.newestStaff(made, jobCenter);
        if (status === 'ACTIVE')
          await this.call(staff.token, 'mutation($id: ID!) { acceptResume(id: $id) { id } }', { id });
        else
          await this.call(
            staff.token,
            'mutation($id: ID!) { rejectResume(id: $id, reason: "Нужно уточнить опыт работы") { id } }',
            { id },
          );
      }
      return {
        kind: 'resume',
        id,
        desiredPosition,
        status,
        ownerId: citizen.id,
        jobCenterId: jobCenter.id,
        consent,
      };
    });
  }

  /**
   * The newest citizen's personal case at the newest job centre (job seeker unless `status` says otherwise),
   * opened through the gateway by a registrar, career consultant or administrator of that centre (the newest
   * one there, or a registrar made for it).
   */
  personalCase<K extends string = 'personalCase'>(
    options: {
      as?: K;
      status?: PersonalCaseStatus;
      personalAccountNumber?: string;
      openedOn?: string;
      citizen?: PersonHandle;
      jobCenter?: JobCenterHandle;
    } = {},
  ) {
    return this.step((options.as ?? 'personalCase') as K, async (made): Promise<PersonalCaseHandle> => {
      const jobCenter = options.jobCenter ?? (await this.newestJobCenter(made));
      const citizen = options.citizen ?? (await this.newestCitizen(made));
      const staff = await this.newestStaff(made, jobCenter, CASE_ROLES);
      const status = options.status ?? 'JOB_SEEKER';
      const { id } = await this.call<{ id: string }>(
        staff.token,
        'mutation($input: OpenPersonalCaseInput!) { openPersonalCase(input: $input) { id } }',
        {
          input: {
            citizenId: citizen.id,
            status,
            openedOn: options.openedOn ?? new Date().toISOString().slice(0, 10),
            personalAccountNumber: options.personalAccountNumber ?? null,
          },
        },
      );
      return {
        kind: 'personalCase',
        id,
        status,
        personalAccountNumber: options.personalAccountNumber ?? null,
        citizenId: citizen.id,
        jobCenterId: jobCenter.id,
      };
    });
  }

  /**
   * The newest citizen referred to the newest partner agency by the newest staff member of the newest job
   * centre, through the gateway (each made when there is none); the referral is «Направлено». A centre refers
   * only people it serves, so the citizen applies there first unless an appeal made before is there.
   */
  referral<K extends string = 'referral'>(options: { as?: K; purpose?: string } = {}) {
    return this.step((options.as ?? 'referral') as K, async (made): Promise<ReferralHandle> => {
      const citizen = await this.newestCitizen(made);
      const agency = newest<PartnerAgencyHandle>(made, 'partnerAgency') ?? (await this.makePartnerAgency());
      const staff = await this.newestStaff(made, await this.newestJobCenter(made));
      // A centre refers only people it already serves: the citizen applies there first unless they have.
      const served = newest<AppealHandle>(
        made,
        'appeal',
        (appeal) => appeal.applicantId === citizen.id && appeal.jobCenterId === staff.jobCenterId,
      );
      if (!served) await this.submitAppeal(citizen, staff.jobCenterId!, {});
      const purpose = options.purpose ?? 'Консультация в рамках жизненной ситуации';
      const referral = await this.call<{ id: string }>(
        staff.token,
        'mutation($input: ReferToPartnerInput!) { referToPartner(input: $input) { id } }',
        { input: { personId: citizen.id, agencyId: agency.id, purpose } },
      );
      return {
        kind: 'referral',
        id: referral.id,
        purpose,
        agencyId: agency.id,
        personId: citizen.id,
        jobCenterId: staff.jobCenterId!,
      };
    });
  }

  /**
   * A vacancy of the newest organisation (one is made when there is none) at the newest job centre; the card's
   * other fields (duties, city, region, salary, schedule, employment type, dates) as the options say.
   */
  vacancy<K extends string = 'vacancy'>({
    as,
    ...card
  }: { as?: K } & Omit<VacancyFixture, 'organizationId' | 'employerName' | 'jobCenterId'> = {}) {
    return this.step((as ?? 'vacancy') as K, async (made): Promise<VacancyHandle> => {
      const organization =
        newest<OrganizationHandle>(made, 'organization') ?? (await this.makeOrganization());
      const jobCenter = await this.newestJobCenter(made);
      const vacancy = await employerFixtures.vacancy(this.stack.subgraphs.employer.orm.em.fork(), {
        ...card,
        title: card.title ?? 'Водитель категории C',
        employerName: organization.name,
        status: card.status ?? 'ACTIVE',
        organizationId: organization.id,
        jobCenterId: jobCenter.id,
      });
      const { id, title, organizationId, jobCenterId } = vacancy;
      return { kind: 'vacancy', id, title, status: vacancy.status, organizationId, jobCenterId };
    });
  }

  /**
   * The newest vacancy, made by a `vacancy()` step before this one, in the newest citizen's favourites (one
   * is made when there is none), added through the gateway as the citizen does in the bank.
   */
  favoriteVacancy<K extends string = 'favoriteVacancy'>(
    options: { as?: K; citizen?: PersonHandle; vacancy?: VacancyHandle } = {},
  ) {
    return this.step((options.as ?? 'favoriteVacancy') as K, async (made): Promise<FavoriteVacancyHandle> => {
      const citizen = options.citizen ?? (await this.newestCitizen(made));
      const vacancy = options.vacancy ?? newest<VacancyHandle>(made, 'vacancy');
      if (!vacancy) throw new Error('favoriteVacancy() needs a vacancy: add a .vacancy() step before it');
      const favorite = await this.call<{ id: string }>(
        citizen.token,
        'mutation($id: ID!) { addFavoriteVacancy(vacancyId: $id) { id } }',
        { id: vacancy.id },
      );
      return { kind: 'favoriteVacancy', id: favorite.id, citizenId: citizen.id, vacancyId: vacancy.id };
    });
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((made: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    const made = this.steps.reduce<Promise<Made>>(
      (previous, step) => previous.then(step),
      Promise.resolve({}),
    );
    return (made as unknown as Promise<T>).then(onFulfilled, onRejected);
  }

  private async makeJobCenter(name?: string): Promise<JobCenterHandle> {
    const jobCenter = await schedulingFixtures.jobCenter(this.stack.subgraphs.scheduling.orm.em.fork(), name);
    return { kind: 'jobCenter', id: jobCenter.id, name: jobCenter.name };
  }

  private async makeOrganization(name?: string): Promise<OrganizationHandle> {
    const em = this.stack.subgraphs.identity.orm.em.fork();
    const organization = await identityFixtures.organization(em, name);
    return { kind: 'organization', id: organization.id, name: organization.name, inn: organization.inn };
  }

  private async makePartnerAgency(name?: string): Promise<PartnerAgencyHandle> {
    const em = this.stack.subgraphs.identity.orm.em.fork();
    const agency = await identityFixtures.partnerAgency(em, undefined, name);
    return { kind: 'partnerAgency', id: agency.id, name: agency.name };
  }

  private makeCitizen(options: Omit<PersonOptions<string>, 'as'> = {}): Promise<PersonHandle> {
    return this.person({
      ...options,
      roles: ['CITIZEN'],
      fullName: options.fullName ?? 'Гражданинов Иван Петрович',
    });
  }

  /** Only what is no personal data comes back: reading the phone would write a row in the citizen's trail. */
  private submitAppeal(
    citizen: PersonHandle,
    jobCenterId: string,
    options: {
      type?: AppealType;
      contactPhone?: string;
      comment?: string;
      fields?: ApplicationFieldAnswerInput[];
    },
  ) {
    const type = options.type ?? 'JOB_SEARCH_ASSISTANCE';
    return this.call<{ id: string; number: string }>(
      citizen.token,
      'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id number } }',
      {
        input: {
          type,
          jobCenterId,
          contactPhone: options.contactPhone ?? '+7 (913) 000-00-00',
          comment: options.comment ?? null,
          fields: options.fields ?? applicationExamples[type],
        },
      },
    );
  }

  private async newestJobCenter(made: Made): Promise<JobCenterHandle> {
    return newest<JobCenterHandle>(made, 'jobCenter') ?? this.makeJobCenter();
  }

  private async newestCitizen(made: Made): Promise<PersonHandle> {
    return (
      newest<PersonHandle>(made, 'person', (person) => person.roles.includes('CITIZEN')) ?? this.makeCitizen()
    );
  }

  /** The newest staff member of the job centre (in one of `roles`, when given), or a registrar made for it. */
  private async newestStaff(
    made: Made,
    jobCenter: JobCenterHandle,
    roles: readonly Role[] | null = null,
  ): Promise<PersonHandle> {
    return (
      newest<PersonHandle>(
        made,
        'person',
        (person) =>
          person.jobCenterId === jobCenter.id &&
          (!roles || person.roles.some((role) => roles.includes(role))),
      ) ??
      this.person({
        roles: ['REGISTRAR'],
        jobCenterId: jobCenter.id,
        fullName: 'Регистраторова Ольга Ивановна',
      })
    );
  }

  private async person(
    fixture: Parameters<typeof identityFixtures.account>[1] & { fullName: string },
  ): Promise<PersonHandle> {
    const em = this.stack.subgraphs.identity.orm.em.fork();
    const user = await identityFixtures.account(em, fixture);
    const { accessToken } = await this.call<{ accessToken: string }>(
      null,
      'mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { accessToken } }',
      { login: user.login, password: FIXTURE_PASSWORD },
    );
    const organizationId = fixture.organizationId ?? null;
    const partnerAgencyId = fixture.partnerAgencyId ?? null;
    return {
      kind: 'person',
      id: user.id,
      login: user.login!,
      fullName: user.fullName,
      roles: user.roles,
      jobCenterId: user.jobCenterId,
      organizationId,
      partnerAgencyId,
      token: accessToken,
      viewer: {
        kind: 'user',
        userId: user.id,
        roles: user.roles,
        jobCenterId: user.jobCenterId,
        organizationId,
        ...(partnerAgencyId ? { partnerAgencyId } : {}),
      },
    };
  }

  /** One operation through the gateway; its root field's value, or an error naming what was refused. */
  private async call<V>(token: string | null, query: string, variables: Record<string, unknown>): Promise<V> {
    const { data, errors } = await this.stack.request(token, query, variables);
    const value = data ? Object.values(data)[0] : null;
    if (!value) throw new Error(`the builder's step failed: ${JSON.stringify(errors)}\n${query}`);
    return value as V;
  }
}

/** The password of every account the builder makes (login `user-<id>`), for a sign-in through a page. */
export { FIXTURE_PASSWORD };

/** A whole application of each service, as the builder's appeals file it, for tests that file their own. */
export { applicationExamples };

/** Starts a chain of the test-data builder over a running stack. */
export const given = (stack: Stack) => new Given<object>(stack, []);
