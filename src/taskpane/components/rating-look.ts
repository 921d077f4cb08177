/** How a rating looks wherever the pane shows one (badges in the list, marks in the matrix). */
import type { BadgeProps } from '@fluentui/react-components';
import type { Rating } from '../../catalog/types';

export const BADGE_LOOK: Record<Rating, { appearance: BadgeProps['appearance']; color: BadgeProps['color'] }> = {
  'very-essential': { appearance: 'filled', color: 'brand' },
  essential: { appearance: 'tint', color: 'brand' },
  'somewhat-essential': { appearance: 'outline', color: 'informative' },
  unrated: { appearance: 'outline', color: 'subtle' },
  'rating-lost': { appearance: 'outline', color: 'subtle' },
};
