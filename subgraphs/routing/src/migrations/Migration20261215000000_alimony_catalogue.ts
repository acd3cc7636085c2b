import { Migration } from '@mikro-orm/migrations';
import { alimonySituation } from './alimony-situation';

/**
 * The catalogue of the alimony-obligations life situation (seed 003) is what routing offers staff and
 * partners, so it is reference data in every environment rather than demo data. Databases that had it from
 * the demo seed keep their rows: situation and offerings match on their codes.
 */
export class Migration20261215000000_alimony_catalogue extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    const { offerings, ...situation } = alimonySituation;
    this.addSql(
      knex.withSchema('routing').table('life_situation').insert(situation).onConflict('code').ignore(),
    );
    const lifeSituationId = knex.raw('(select "id" from "routing"."life_situation" where "code" = ?)', [
      situation.code,
    ]);
    this.addSql(
      knex
        .withSchema('routing')
        .table('service_offering')
        .insert(
          offerings.map((offering, index) => ({
            ...offering,
            position: index + 1,
            life_situation_id: lifeSituationId,
          })),
        )
        .onConflict(['life_situation_id', 'code'])
        .ignore(),
    );
  }
}
