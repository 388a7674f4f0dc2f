import Link from 'next/link';
import { AnnotatorName } from './annotator-name';

export function AppHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span
            aria-hidden
            className="grid size-6 place-items-center rounded-md bg-indigo-600 text-xs text-white"
          >
            V
          </span>
          Verdict
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm text-stone-600">
          <Link href="/" className="hover:text-stone-900" data-testid="nav-projects">
            Projects
          </Link>
        </nav>
        <div className="ml-auto">
          <AnnotatorName />
        </div>
      </div>
    </header>
  );
}
