import { Migration } from '@mikro-orm/migrations';

/**
 * Two cheaper paths of the vacancy bank's search at 500,000 vacancies.
 *
 * Schedules and employment types without words: counting up to the limit through the GIN index read a table
 * page per vacancy found (about 900 for 1001); a btree index of the two columns counts from the index alone.
 *
 * A misspelt word: comparing it by trigrams with the title and employer of every vacancy read thousands of
 * table pages. The distinct words of titles and employers' names (a few thousand) go to
 * `vacancy_title_word`, kept by triggers on every insert and update; the misspelt word is compared with them,
 * and the words found are searched by their stems through the search index.
 */
export class Migration20261205170000_vacancy_search_speed extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "vacancy_active_schedule_index" on "employer"."vacancy" ("schedule", "employment_type") where "status" = 'ACTIVE';`,
    );
    this.addSql(`create table "employer"."vacancy_title_word" ("word" text not null primary key);`);
    this.addSql(
      `create index "vacancy_title_word_trigram_index" on "employer"."vacancy_title_word" using gin ("word" gin_trgm_ops);`,
    );
    this.addSql(`create function "employer"."vacancy_title_words_add"() returns trigger language plpgsql as $$
      begin
        insert into "employer"."vacancy_title_word" ("word")
          select distinct w.word
            from "changed", regexp_split_to_table(lower("title" || ' ' || "employer_name"), '[^0-9a-zа-яё]+') as w(word)
           where w.word <> ''
        on conflict do nothing;
        return null;
      end $$;`);
    for (const event of ['insert', 'update'])
      this.addSql(
        `create trigger "vacancy_title_words_on_${event}" after ${event} on "employer"."vacancy" referencing new table as "changed" for each statement execute function "employer"."vacancy_title_words_add"();`,
      );
    this.addSql(`insert into "employer"."vacancy_title_word" ("word")
      select distinct w.word
        from "employer"."vacancy", regexp_split_to_table(lower("title" || ' ' || "employer_name"), '[^0-9a-zа-яё]+') as w(word)
       where w.word <> ''
      on conflict do nothing;`);
  }
}
