import { TextInput } from '@czn/kernel';
import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'Ответ на поле заявления: value для одного значения, values для списка (вид поля говорит, что из двух)',
})
export class ApplicationFieldValue {
  @Field(() => String, { description: 'Ключ поля формы (ApplicationFormField.key)' })
  @TextInput({ maxLength: 100 })
  key!: string;

  @Field(() => String, { nullable: true })
  @TextInput({ maxLength: 4000, multiLine: true })
  value?: string | null;

  @Field(() => [String], { nullable: true })
  @TextInput({ maxLength: 200 })
  values?: string[] | null;
}
