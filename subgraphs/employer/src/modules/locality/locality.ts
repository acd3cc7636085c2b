import type { Place } from '@czn/kernel';
import { Field, ObjectType } from 'type-graphql';

/** A town or city of the kernel's directory of Russian localities, as the bank's pickers read it. */
@ObjectType({ description: 'Населённый пункт из справочника городов России' })
export class Locality implements Place {
  @Field(() => String, { description: 'Название, например «Барнаул»' })
  name!: string;

  @Field(() => String, { description: 'Субъект РФ, например «Алтайский край»' })
  region!: string;
}
