import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { JWK } from 'jose';

/** A key pair that signs access tokens; the public half is published in JWKS under its kid. */
@Entity({ tableName: 'signing_key' })
export class SigningKey {
  @PrimaryKey({ type: 'text' })
  kid!: string;

  @Property({ type: 'json' })
  privateJwk!: JWK;

  @Property({ type: 'json' })
  publicJwk!: JWK;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
