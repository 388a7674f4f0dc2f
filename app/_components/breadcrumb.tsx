import Link from 'next/link';

/** "Projects / SNIPS intents (demo) /" above a page title: each step links back up. */
export function Breadcrumb({ steps }: { steps: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-xs text-stone-500">
      {steps.map((step) => (
        <span key={step.href}>
          <Link href={step.href} className="hover:text-stone-800">
            {step.label}
          </Link>{' '}
          /{' '}
        </span>
      ))}
    </nav>
  );
}
