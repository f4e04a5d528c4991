import { useHashRoute, useProfile, useT } from '@/components/ui';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const t = useT();
  const { loading, profile } = useProfile();
  const route = useHashRoute();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  return <ProfileForm profile={profile} focus={route.field} />;
}
