import {
  AuditedAs,
  checkPage,
  FIRST_PAGE,
  isStaff,
  notFound,
  PageInput,
  PersonalData,
  RateLimited,
  requireRole,
  requireStaff,
  requireUser,
  type SubgraphContext,
  TextArg,
} from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { requireUuid } from '../appeal/appeal.inputs';
import { JobCenterRef, UserRef } from '../federation/references';
import type { JobCenterDirectory } from '../federation/scheduling-subgraph';
import { ageOn } from './resume-content';
import {
  hiddenFieldsFor,
  requireResumeModerator,
  resumeReading,
  resumeShows,
  type ResumePart,
} from './resume.access';
import { jobCenterResumesListed, resumeShown, resumesListed } from './resume.audit';
import {
  Resume,
  ResumeConsent,
  ResumeEducation,
  ResumeExperience,
  ResumeStatusChange,
} from './resume.entity';
import { ResumePersonalField, ResumeStatus } from './resume.enums';
import { CreateResumeInput, ResumeInput } from './resume.inputs';
import {
  createResume,
  decideResume,
  rejectionReason,
  RESUME_NOT_FOUND,
  resumesOfJobCenter,
  resumesOfOwner,
  updateResume,
  withdrawResume,
} from './resume.service';

type Context = SubgraphContext<CitizenLoaders>;

const ownerOf = (resume: Resume) => resume.ownerId;
/** A full name is recorded where it leaves the job centres (PERSONAL_DATA_KINDS). */
const outsideJobCentres = { recordedFor: (viewer: Context['viewer']) => !isStaff(viewer) };
const UNPUBLISHED = 'Соискатель не дал согласия на публикацию резюме';

/** The field's value when the viewer may be shown `part` of the resume, null otherwise. */
function shown<T>(context: Context, resume: Resume, part: ResumePart, value: T): T | null {
  return resumeShows(context.viewer, resume, part) ? value : null;
}

@Resolver(() => Resume)
export class ResumeResolver {
  /** Without the directory (a citizen built only for composing and migrating) nobody can create a resume. */
  constructor(private readonly jobCenters: JobCenterDirectory | null) {}

  @Query(() => [Resume], { description: 'Мои резюме, новые сверху' })
  @AuditedAs(resumesListed)
  myResumes(
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Resume[]> {
    return resumesOfOwner(em, requireUser(viewer).userId, checkPage(page));
  }

  @Query(() => Resume, {
    description:
      'Резюме: владельцу и сотрудникам ЦЗН, куда оно направлено, полностью; работодателям — активное, в пределах согласия соискателя; для остальных его нет',
  })
  @AuditedAs(resumeShown)
  async resume(@Arg('id', () => ID) id: string, @Ctx() { viewer, loaders }: Context): Promise<Resume> {
    const resume = await loaders.resume.load(requireUuid('id', id, 'Резюме'));
    if (!resume || !resumeReading(viewer, resume)) throw notFound(RESUME_NOT_FOUND);
    return resume;
  }

  @Query(() => [Resume], {
    description: 'Резюме, направленные в ЦЗН сотрудника, — очередь проверки: дольше ждущие сверху',
  })
  @AuditedAs(jobCenterResumesListed)
  jobCenterResumes(
    @Arg('status', () => ResumeStatus, { nullable: true }) status: ResumeStatus | null,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Resume[]> {
    return resumesOfJobCenter(em, requireStaff(viewer).jobCenterId, status ?? null, checkPage(page));
  }

  @Mutation(() => Resume, { description: 'Создать резюме и отправить его на проверку в выбранный ЦЗН' })
  @AuditedAs(resumeShown)
  @RateLimited('resume', { perPerson: 10, perAddress: 50, windowSeconds: 60 })
  createResume(
    @Arg('input', () => CreateResumeInput) input: CreateResumeInput,
    @Ctx() { em, viewer, personalData }: Context,
  ): Promise<Resume> {
    if (!this.jobCenters) throw new Error('citizen runs without scheduling: set SCHEDULING_SUBGRAPH_URL');
    return createResume(em, this.jobCenters, requireRole(viewer, 'CITIZEN'), input, personalData);
  }

  @Mutation(() => Resume, {
    description: 'Изменить своё резюме; принятое, отклонённое или снятое снова уходит на проверку',
  })
  @AuditedAs(resumeShown)
  updateResume(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResumeInput) input: ResumeInput,
    @Ctx() { em, viewer, personalData }: Context,
  ): Promise<Resume> {
    return updateResume(em, requireUser(viewer), id, input, personalData);
  }

  @Mutation(() => Resume, {
    description: 'Снять своё резюме с публикации и с проверки; оно и его история сохраняются',
  })
  @AuditedAs(resumeShown)
  withdrawResume(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Resume> {
    return withdrawResume(em, requireUser(viewer), id);
  }

  @Mutation(() => Resume, { description: 'Принять резюме: оно становится активным' })
  @AuditedAs(resumeShown)
  acceptResume(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Resume> {
    return decideResume(em, requireResumeModerator(viewer), id, ResumeStatus.ACTIVE, null);
  }

  @Mutation(() => Resume, { description: 'Отказать в публикации резюме с указанием причины' })
  @AuditedAs(resumeShown)
  @TextArg('reason', { maxLength: 2000, multiLine: true })
  rejectResume(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Resume> {
    const moderator = requireResumeModerator(viewer);
    return decideResume(em, moderator, id, ResumeStatus.REJECTED, rejectionReason(reason));
  }

  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description: 'Центр занятости; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() resume: Resume): JobCenterRef {
    return { id: resume.jobCenterId };
  }

  @FieldResolver(() => String, { description: 'Желаемая должность' })
  desiredPosition(@Root() resume: Resume): string {
    return resume.desiredPosition;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Почему резюме не публикуется: соискатель не дал согласия; тогда остальное содержимое пусто',
  })
  publicationNotice(@Root() resume: Resume, @Ctx() { viewer }: Context): string | null {
    return resumeReading(viewer, resume) === 'published' && !resume.publish ? UNPUBLISHED : null;
  }

  @FieldResolver(() => [ResumePersonalField], {
    description: 'Личные сведения, скрытые соискателем от вас; владельцу и сотрудникам ЦЗН — пусто',
  })
  hiddenFields(@Root() resume: Resume, @Ctx() { viewer }: Context): ResumePersonalField[] {
    return hiddenFieldsFor(viewer, resume);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Причина отказа' })
  rejectionReason(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, 'moderation', resume.rejectionReason);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Сфера деятельности' })
  fieldOfActivity(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, 'content', resume.fieldOfActivity);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Желаемая зарплата, рублей в месяц' })
  desiredSalary(@Root() resume: Resume, @Ctx() context: Context): number | null {
    return shown(context, resume, 'content', resume.desiredSalary);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Город из справочника городов' })
  city(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, 'content', resume.city);
  }

  @FieldResolver(() => [ResumeEducation], { nullable: true, description: 'Образование' })
  educations(@Root() resume: Resume, @Ctx() context: Context): ResumeEducation[] | null {
    return shown(context, resume, 'content', resume.educations);
  }

  @FieldResolver(() => [ResumeExperience], { nullable: true, description: 'Опыт работы' })
  experiences(@Root() resume: Resume, @Ctx() context: Context): ResumeExperience[] | null {
    return shown(context, resume, 'content', resume.experiences);
  }

  @FieldResolver(() => [String], { description: 'Ключевые навыки; пусто, если резюме не публикуется' })
  keySkills(@Root() resume: Resume, @Ctx() context: Context): string[] {
    return shown(context, resume, 'content', resume.keySkills) ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'О себе' })
  about(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, 'content', resume.about);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ФИО; пусто, если скрыто соискателем' })
  @PersonalData('FULL_NAME', ownerOf, outsideJobCentres)
  fullName(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, ResumePersonalField.FULL_NAME, resume.fullName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Дата рождения, ГГГГ-ММ-ДД: владельцу и сотрудникам ЦЗН; другим — только возраст',
  })
  @PersonalData('BIRTH_DATE', ownerOf)
  birthDate(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, 'moderation', resume.birthDate);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Возраст, полных лет; пусто, если скрыт' })
  @PersonalData('BIRTH_DATE', ownerOf)
  age(@Root() resume: Resume, @Ctx() context: Context): number | null {
    const birth = shown(context, resume, ResumePersonalField.AGE, resume.birthDate);
    return birth ? ageOn(birth, new Date()) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Телефон, +7 и десять цифр; пусто, если скрыт',
  })
  @PersonalData('PHONE', ownerOf)
  phone(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, ResumePersonalField.PHONE, resume.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Электронная почта; публикуется вместе с телефонами',
  })
  @PersonalData('EMAIL', ownerOf)
  email(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, ResumePersonalField.PHONE, resume.email);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Адрес; пусто, если скрыт' })
  @PersonalData('ADDRESS', ownerOf)
  address(@Root() resume: Resume, @Ctx() context: Context): string | null {
    return shown(context, resume, ResumePersonalField.ADDRESS, resume.address);
  }

  @FieldResolver(() => ResumeConsent, {
    nullable: true,
    description: 'Согласие на публикацию: владельцу и сотрудникам ЦЗН',
  })
  consent(@Root() resume: Resume, @Ctx() context: Context): ResumeConsent | null {
    const { publish, publishName, publishAddress, publishPhone, publishAge } = resume;
    return shown(context, resume, 'moderation', {
      publish,
      publishName,
      publishAddress,
      publishPhone,
      publishAge,
    });
  }

  @FieldResolver(() => [ResumeStatusChange], {
    nullable: true,
    description: 'История проверки, по времени: владельцу и сотрудникам ЦЗН',
  })
  async history(@Root() resume: Resume, @Ctx() context: Context): Promise<ResumeStatusChange[] | null> {
    return resumeShows(context.viewer, resume, 'moderation')
      ? context.loaders.resumeHistory.load(resume.id)
      : null;
  }
}

@Resolver(() => ResumeStatusChange)
export class ResumeStatusChangeResolver {
  @FieldResolver(() => UserRef, {
    nullable: true,
    description: 'Кто изменил статус; пусто, пока сведения о пользователях недоступны',
  })
  changedBy(@Root() change: ResumeStatusChange): UserRef {
    return { id: change.changedById };
  }
}
