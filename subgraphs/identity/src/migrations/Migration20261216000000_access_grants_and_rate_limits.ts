import { createRateLimitTable } from '@czn/kernel';
import { Migration } from '@mikro-orm/migrations';

/**
 * A job centre's temporary access, asked with a reason, to a person it has no relationship with; and the
 * counters of identity's `@RateLimited` mutations when the platform runs without Redis.
 */
export class Migration20261216000000_access_grants_and_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."personal_data_access_grant" (
      "id" uuid not null primary key,
      "subject_id" uuid not null,
      "job_center_id" uuid not null,
      "requested_by" uuid not null,
      "reason" text not null,
      "granted_at" timestamptz not null,
      "expires_at" timestamptz not null
    );`);
    this.addSql(
      'create index "personal_data_access_grant_subject_index" on "identity"."personal_data_access_grant" ("subject_id", "job_center_id", "expires_at");',
    );
    this.addSql(createRateLimitTable('identity'));
  }
}
