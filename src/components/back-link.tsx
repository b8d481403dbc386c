import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Link from '@mui/material/Link';

/** The "← back" link above a page, to where the admin came from. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <div>
      <Link href={href} underline="hover" sx={{ display: 'inline-flex', gap: 0.5 }}>
        <ArrowBackIcon fontSize="small" aria-hidden />
        {label}
      </Link>
    </div>
  );
}
