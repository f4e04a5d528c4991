import { useHashRoute, useProfile, useT } from '@/components/ui';
import { useLockedPaths } from '@/components/templates';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const t = useT();
  const { loading, profile } = useProfile();
  const route = useHashRoute();
  const locks = useLockedPaths();
  // The form waits for the template locks: a locked field is never shown editable, even for a moment.
  if (loading || !locks) return <p className="muted">{t('common.loading')}</p>;
  return <ProfileForm profile={profile} locks={locks} focus={route.field} />;
}
