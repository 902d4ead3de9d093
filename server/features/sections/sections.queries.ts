import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sections } from '../../db/schema';

export async function listSections(db: DbOrTx) {
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      nameBn: sections.nameBn,
      nameEn: sections.nameEn,
      position: sections.position,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.nameEn));
}
