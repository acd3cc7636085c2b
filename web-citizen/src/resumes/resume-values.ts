import type { EducationLevel, ResumeCardFragment, ResumeFormDataQuery, ResumeInput } from '../gql/graphql';

/** The editor's values: as the form holds them, before they become a `ResumeInput`. */
export interface ResumeFormValues {
  desiredPosition: string;
  fieldOfActivity?: string;
  desiredSalary?: number | null;
  city?: string;
  educations: Array<{
    level?: EducationLevel;
    institution?: string;
    specialty?: string;
    graduationYear?: number | null;
  }>;
  experiences: Array<{
    organization?: string;
    position?: string;
    from?: string;
    to?: string;
    current?: boolean;
    duties?: string;
  }>;
  keySkills: string[];
  about?: string;
  fullName: string;
  birthDate?: string;
  phone: string;
  email?: string;
  address?: string;
  consent: ResumeInput['consent'];
}

const blank = (value: string | null | undefined) => value?.trim() || null;

/** A new resume: contacts from the profile, every consent given until the citizen unticks it. */
export function valuesFromProfile(profile: ResumeFormDataQuery['me']): ResumeFormValues {
  return {
    desiredPosition: '',
    educations: [],
    experiences: [],
    keySkills: [],
    fullName: profile.fullName,
    birthDate: profile.birthDate ?? '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    address: profile.registrationAddress ?? '',
    consent: { publish: true, publishName: true, publishAddress: true, publishPhone: true, publishAge: true },
  };
}

/** A saved resume, to edit. */
export function valuesFromResume(resume: ResumeCardFragment): ResumeFormValues {
  return {
    desiredPosition: resume.desiredPosition,
    fieldOfActivity: resume.fieldOfActivity ?? '',
    desiredSalary: resume.desiredSalary,
    city: resume.city ?? '',
    educations: (resume.educations ?? []).map((education) => ({
      level: education.level,
      institution: education.institution,
      specialty: education.specialty ?? '',
      graduationYear: education.graduationYear,
    })),
    experiences: (resume.experiences ?? []).map((experience) => ({
      organization: experience.organization,
      position: experience.position,
      from: experience.from,
      to: experience.to ?? '',
      current: experience.to === null,
      duties: experience.duties ?? '',
    })),
    keySkills: resume.keySkills,
    about: resume.about ?? '',
    fullName: resume.fullName ?? '',
    birthDate: resume.birthDate ?? '',
    phone: resume.phone ?? '',
    email: resume.email ?? '',
    address: resume.address ?? '',
    consent: {
      publish: resume.consent?.publish ?? false,
      publishName: resume.consent?.publishName ?? false,
      publishAddress: resume.consent?.publishAddress ?? false,
      publishPhone: resume.consent?.publishPhone ?? false,
      publishAge: resume.consent?.publishAge ?? false,
    },
  };
}

/** The values as the server takes them; the server checks them again and names what to fix. */
export function resumeInput(values: ResumeFormValues): ResumeInput {
  return {
    desiredPosition: values.desiredPosition.trim(),
    fieldOfActivity: blank(values.fieldOfActivity),
    desiredSalary: values.desiredSalary ?? null,
    city: blank(values.city),
    educations: (values.educations ?? []).map((education) => ({
      level: education.level!,
      institution: education.institution ?? '',
      specialty: blank(education.specialty),
      graduationYear: education.graduationYear ?? null,
    })),
    experiences: (values.experiences ?? []).map((experience) => ({
      organization: experience.organization ?? '',
      position: experience.position ?? '',
      from: experience.from ?? '',
      to: experience.current ? null : blank(experience.to),
      duties: blank(experience.duties),
    })),
    keySkills: values.keySkills ?? [],
    about: blank(values.about),
    fullName: values.fullName.trim(),
    birthDate: blank(values.birthDate),
    phone: values.phone.trim(),
    email: blank(values.email),
    address: blank(values.address),
    consent: values.consent,
  };
}

/** The server's field name (`experiences[0].to`) as the form's field path (['experiences', 0, 'to']). */
export const fieldPath = (field: string): Array<string | number> =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
