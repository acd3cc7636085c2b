import { forbidden, isStaff, requireUser, type Role, type SignedInViewer, type Viewer } from '@czn/kernel';
import { ResumePersonalField, ResumeStatus } from './resume.enums';
import type { Resume } from './resume.entity';

/**
 * How a viewer reads a resume: `full` — its owner and the staff of the job centre it was sent to; `published`
 * — an employer or the staff of another centre, an ACTIVE resume only, through the citizen's consent; null —
 * nobody else learns it exists (other citizens, partners, anonymous callers).
 */
export type ResumeReading = 'full' | 'published';

export function resumeReading(viewer: Viewer, resume: Resume): ResumeReading | null {
  if (viewer.kind !== 'user') return null;
  if (resume.ownerId === viewer.userId) return 'full';
  if (isStaff(viewer) && viewer.jobCenterId === resume.jobCenterId) return 'full';
  if (resume.status !== ResumeStatus.ACTIVE) return null;
  return viewer.roles.includes('EMPLOYER') || isStaff(viewer) ? 'published' : null;
}

/** Only the owner and the centre's staff follow a resume's moderation. */
export const followsModeration = (viewer: Viewer, resume: Resume): boolean =>
  resumeReading(viewer, resume) === 'full';

/** What of a resume a reader may be shown: its content, one of its personal fields, or its moderation. */
export type ResumePart = 'content' | 'moderation' | ResumePersonalField;

const CONSENT: Record<ResumePersonalField, (resume: Resume) => boolean> = {
  FULL_NAME: (resume) => resume.publishName,
  ADDRESS: (resume) => resume.publishAddress,
  PHONE: (resume) => resume.publishPhone,
  AGE: (resume) => resume.publishAge,
};

/**
 * The consent projection: the owner and the centre's staff are shown everything; a reader of the published
 * resume its content and the personal fields the citizen consented to, and nothing without consent to publish.
 */
export function resumeShows(viewer: Viewer, resume: Resume, part: ResumePart): boolean {
  const reading = resumeReading(viewer, resume);
  if (reading === 'full') return true;
  if (reading !== 'published' || !resume.publish || part === 'moderation') return false;
  return part === 'content' || CONSENT[part](resume);
}

/** The personal fields the viewer is not shown because the citizen withheld them. */
export const hiddenFieldsFor = (viewer: Viewer, resume: Resume): ResumePersonalField[] =>
  resumeReading(viewer, resume) === 'published'
    ? Object.values(ResumePersonalField).filter((field) => !resumeShows(viewer, resume, field))
    : [];

/** The roles that review resumes: the staff who meet job seekers and pick vacancies for them. */
const MODERATOR_ROLES: readonly Role[] = ['REGISTRAR', 'CAREER_CONSULTANT', 'JOB_SELECTION_SPECIALIST'];
const MODERATORS_ONLY =
  'Проверять резюме могут только регистратор, карьерный консультант и специалист по подбору вакансий ЦЗН';

export function requireResumeModerator(viewer: Viewer): SignedInViewer & { jobCenterId: string } {
  const user = requireUser(viewer);
  if (
    !isStaff(user) ||
    user.jobCenterId === null ||
    !user.roles.some((role) => MODERATOR_ROLES.includes(role))
  )
    throw forbidden(MODERATORS_ONLY);
  return { ...user, jobCenterId: user.jobCenterId };
}
