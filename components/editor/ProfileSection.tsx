import { useHashRoute, useProfile } from '@/components/ui';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const { loading, profile } = useProfile();
  const route = useHashRoute();
  if (loading) return <p className="muted">Loading…</p>;
  return <ProfileForm profile={profile} focus={route.field} />;
}
