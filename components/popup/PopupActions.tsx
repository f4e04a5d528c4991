import { FillButton } from './FillButton';

/**
 * Page actions of the popup (e.g. "Fill this page"). The fill capability adds its buttons here;
 * each is a real <button> so the popup stays keyboard operable.
 */
export function PopupActions() {
  return <FillButton />;
}
