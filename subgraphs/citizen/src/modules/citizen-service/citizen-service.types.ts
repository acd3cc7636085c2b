import { Field, ObjectType } from 'type-graphql';
import { AppealType } from '../appeal/appeal.enums';
import { CitizenService } from './citizen-service.enums';

@ObjectType({
  description: 'Услуга и можно ли получить её сейчас; решает сервер, интерфейс только показывает',
})
export class CitizenServiceAvailability {
  @Field(() => CitizenService)
  service!: CitizenService;

  @Field(() => AppealType, {
    nullable: true,
    description:
      'Тип обращения, которым подаётся заявление на услугу; пусто, если услуга не требует заявления',
  })
  appealType!: AppealType | null;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'Почему услуга сейчас недоступна и что сделать' })
  unavailableReason!: string | null;
}
