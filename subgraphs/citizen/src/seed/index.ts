import type { EntityManager } from '@czn/kernel';
import { Resume, ResumeStatusChange } from '../modules/resume/resume.entity';
import { demoResumeHistory, demoResumes } from './demo-resumes';

export async function seed(em: EntityManager): Promise<void> {
  for (const resume of demoResumes) await em.upsert(Resume, resume);
  for (const change of demoResumeHistory) await em.upsert(ResumeStatusChange, change);
}
