import { createOutboxTable } from '@czn/events';
import { createRateLimitTable } from '@czn/kernel';
import { Migration } from '@mikro-orm/migrations';

/**
 * An outbox for the `routing.audit` stream (a partner agency's reads of the people referred to it, copied into
 * the trail by identity), and the counters of `@RateLimited` mutations when the platform runs without Redis.
 */
export class Migration20261216000000_audit_outbox_and_rate_limit extends Migration {
  override async up(): Promise<void> {
    for (const sql of createOutboxTable('routing')) this.addSql(sql);
    this.addSql(createRateLimitTable('routing'));
  }
}
