import { badUserInput, findLocalities, regions, TextArg } from '@czn/kernel';
import { Arg, Int, Query, Resolver } from 'type-graphql';
import { Locality } from './locality';

const MAX_LOCALITIES = 50;

/** The directory of localities is public: the vacancy bank's city picker serves anonymous viewers too. */
@Resolver(() => Locality)
export class LocalityResolver {
  @Query(() => [Locality], {
    description:
      'Населённые пункты справочника, название которых начинается с указанного текста или содержит его; сначала крупные',
  })
  @TextArg('search', { maxLength: 100 })
  @TextArg('region', { maxLength: 100 })
  localities(
    @Arg('search', () => String, { nullable: true, description: 'Начало или часть названия' })
    search: string | null,
    @Arg('region', () => String, {
      nullable: true,
      description: 'Только населённые пункты этого субъекта РФ',
    })
    region: string | null,
    @Arg('limit', () => Int, { defaultValue: 20, description: `Сколько вернуть, от 1 до ${MAX_LOCALITIES}` })
    limit: number,
  ): Locality[] {
    if (limit < 1 || limit > MAX_LOCALITIES)
      throw badUserInput('limit', `Укажите limit от 1 до ${MAX_LOCALITIES}`);
    return findLocalities(search, region, limit);
  }

  @Query(() => [String], { description: 'Субъекты РФ из справочника населённых пунктов, по алфавиту' })
  localityRegions(): readonly string[] {
    return regions;
  }
}
