/**
 * `data/geo/*.geojson`: boundaries, one feature per Gebiet; `properties.id` is the Gebiet's id.
 * Only the outer shape is checked here; ring orientation and projection are the chart helper's business.
 */
import { z } from 'zod';

export const geoFeature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ id: z.union([z.string(), z.number()]).optional() }).nullable(),
  geometry: z.looseObject({ type: z.string(), coordinates: z.array(z.unknown()).optional() }).nullable(),
});

export const geoFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
  /**
   * When the boundaries were valid („31.12.2023“, as the surveying office states it), an optional member beside
   * `features`. Only then does a map's note name a Gebietsstand: the data year says nothing about the boundaries.
   */
  gebietsstand: z.string().trim().min(1).optional().catch(undefined),
});

export const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon'] as const;
