import { Migration } from '@mikro-orm/migrations';

/**
 * What a vacancy card holds beyond its title (seed 002): duties, requirements, where the work is, the
 * schedule and the employment type, and when the employer last confirmed it. Vacancies posted before this
 * migration kept their duties in `description`, so those move to `duties`; their place of work is not
 * known (city and region stay empty until the employer fills them in); they get the most common schedule
 * and employment type, and count as confirmed when they were created.
 */
export class Migration20261205130000_vacancy_columns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "employer"."vacancy"
      add column "duties" text null,
      add column "requirements" text null,
      add column "city" text null,
      add column "region" text null,
      add column "schedule" text check ("schedule" in ('FULL_DAY', 'SHIFT', 'FLEXIBLE', 'REMOTE', 'ROTATION')) not null default 'FULL_DAY',
      add column "employment_type" text check ("employment_type" in ('FULL', 'PART', 'PROJECT', 'INTERNSHIP', 'TEMPORARY')) not null default 'FULL',
      add column "confirmed_at" timestamptz null;`);
    this.addSql(
      'update "employer"."vacancy" set "duties" = "description", "description" = null, "confirmed_at" = "created_at";',
    );
    this.addSql('alter table "employer"."vacancy" alter column "confirmed_at" set not null;');
  }
}
