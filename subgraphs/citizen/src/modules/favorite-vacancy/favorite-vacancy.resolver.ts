import { checkPage, FIRST_PAGE, PageInput, RateLimited, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import type { VacancyDirectory } from '../federation/employer-subgraph';
import { favoritesOwner, requireCitizen } from './favorite-vacancy.access';
import { FavoriteVacancy } from './favorite-vacancy.entity';
import { addFavoriteVacancy, favoritesOf, removeFavoriteVacancy } from './favorite-vacancy.service';
import { Vacancy } from './vacancy.extension';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => FavoriteVacancy)
export class FavoriteVacancyResolver {
  /** Without the directory (a citizen built only for composing and migrating) nothing can be added. */
  constructor(private readonly vacancies: VacancyDirectory | null) {}

  @Query(() => [FavoriteVacancy], { description: 'Мои избранные вакансии, недавно добавленные сверху' })
  myFavoriteVacancies(
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<FavoriteVacancy[]> {
    return favoritesOf(em, requireCitizen(viewer), checkPage(page));
  }

  @Mutation(() => FavoriteVacancy, {
    description: 'Добавить вакансию в избранное; повторное добавление оставляет одну запись',
  })
  @RateLimited('favorite-vacancy', { perPerson: 60, perAddress: 300, windowSeconds: 60 })
  addFavoriteVacancy(
    @Arg('vacancyId', () => ID) vacancyId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<FavoriteVacancy> {
    if (!this.vacancies) throw new Error('citizen runs without employer: set EMPLOYER_SUBGRAPH_URL');
    return addFavoriteVacancy(em, this.vacancies, requireCitizen(viewer), vacancyId);
  }

  @Mutation(() => Boolean, {
    description: 'Убрать вакансию из избранного; false, если её там не было',
  })
  removeFavoriteVacancy(
    @Arg('vacancyId', () => ID) vacancyId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<boolean> {
    return removeFavoriteVacancy(em, requireCitizen(viewer), vacancyId);
  }

  @FieldResolver(() => Vacancy, {
    nullable: true,
    description: 'Вакансия, в том числе снятая с публикации; пусто, пока сведения о вакансиях недоступны',
  })
  vacancy(@Root() favorite: FavoriteVacancy): Vacancy {
    return { id: favorite.vacancyId };
  }
}

@Resolver(() => Vacancy)
export class VacancyFavoriteResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'В избранном ли вакансия у вошедшего гражданина; пусто для всех, кто не вошёл как гражданин',
  })
  async isFavorite(@Root() vacancy: Vacancy, @Ctx() { viewer, loaders }: Context): Promise<boolean | null> {
    const citizenId = favoritesOwner(viewer);
    if (citizenId === null) return null;
    return loaders.favoriteVacancy.load({ citizenId, vacancyId: vacancy.id });
  }
}
