import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * A word of some vacancy's title or employer's name, lower case, for telling what a misspelt search word was
 * meant to be. Only the migration's triggers on `vacancy` write it.
 */
@Entity({ tableName: 'vacancy_title_word' })
@Index({
  name: 'vacancy_title_word_trigram_index',
  expression: `create index "vacancy_title_word_trigram_index" on "employer"."vacancy_title_word" using gin ("word" gin_trgm_ops)`,
})
export class VacancyTitleWord {
  @PrimaryKey({ type: 'text' })
  word!: string;
}
