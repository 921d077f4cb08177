/** How a rating looks wherever the pane shows one (badges in the list, marks in the matrix). */
import type { BadgeProps } from '@fluentui/react-components';
import { isEssentialPick } from '../../catalog/rating-words';
import type { Catalog, Rating, StandardRating } from '../../catalog/types';

type BadgeLook = { appearance: BadgeProps['appearance']; color: BadgeProps['color'] };

const BADGE_LOOK: Record<StandardRating, BadgeLook> = {
  'very-essential': { appearance: 'filled', color: 'brand' },
  essential: { appearance: 'tint', color: 'brand' },
  'somewhat-essential': { appearance: 'outline', color: 'informative' },
  unrated: { appearance: 'outline', color: 'subtle' },
  'rating-lost': { appearance: 'outline', color: 'subtle' },
};

/** An organization's own rating looks like Essential when it counts as essential, else like Somewhat Essential. */
export function ratingLook(catalog: Catalog, rating: Rating): BadgeLook {
  return (
    BADGE_LOOK[rating as StandardRating] ??
    BADGE_LOOK[isEssentialPick(catalog, rating) ? 'essential' : 'somewhat-essential']
  );
}
