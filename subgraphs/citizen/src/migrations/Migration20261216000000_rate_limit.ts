import { createRateLimitTable } from '@czn/kernel';
import { Migration } from '@mikro-orm/migrations';

/** Counters of `@RateLimited` mutations (submitAppeal) when the platform runs without Redis. */
export class Migration20261216000000_rate_limit extends Migration {
  override async up(): Promise<void> {
    this.addSql(createRateLimitTable('citizen'));
  }
}
