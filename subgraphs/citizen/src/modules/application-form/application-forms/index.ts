import { AppealType } from '../../appeal/appeal.enums';
import type { ApplicationForm } from '../application-form.types';
import { careerGuidanceForm } from './career-guidance';
import { jobSearchForm } from './job-search';
import { laborMarketInfoForm } from './labor-market-info';
import { publicWorksForm } from './public-works';
import { selfEmploymentSupportForm } from './self-employment-support';
import { temporaryEmploymentForm } from './temporary-employment';
import { vocationalTrainingForm } from './vocational-training';

/** The application form of each service: what the app renders and the server checks a submission against. */
export const applicationForms: Record<AppealType, ApplicationForm> = {
  [AppealType.JOB_SEARCH_ASSISTANCE]: jobSearchForm,
  [AppealType.LABOR_MARKET_INFO]: laborMarketInfoForm,
  [AppealType.CAREER_GUIDANCE]: careerGuidanceForm,
  [AppealType.PUBLIC_WORKS]: publicWorksForm,
  [AppealType.TEMPORARY_EMPLOYMENT]: temporaryEmploymentForm,
  [AppealType.VOCATIONAL_TRAINING]: vocationalTrainingForm,
  [AppealType.SELF_EMPLOYMENT_SUPPORT]: selfEmploymentSupportForm,
};
