import { documentResolvers } from './documents';
import { lookupResolvers } from './lookup';
import { relationResolvers } from './relations';
import { statsResolvers } from './stats';
import { traversalResolvers } from './traversal';

/** The root query fields, one file per family. */
export const Query = { ...lookupResolvers, ...relationResolvers, ...traversalResolvers, ...documentResolvers, ...statsResolvers };
