import { Field, InputType, Int } from 'type-graphql';
import { badUserInput } from './errors';

/** One page of a list: every subgraph's paged lists take the same input. */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 100, description: 'Сколько записей вернуть, от 1 до 200' })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

/** The argument default: the first page. */
export const FIRST_PAGE = { limit: 100, offset: 0 };

export function checkPage(page: PageInput): PageInput {
  if (page.limit < 1 || page.limit > 200) throw badUserInput('limit', 'Укажите limit от 1 до 200');
  if (page.offset < 0) throw badUserInput('offset', 'offset не может быть отрицательным');
  return page;
}
