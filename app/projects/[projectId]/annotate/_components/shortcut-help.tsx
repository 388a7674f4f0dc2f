export const SHORTCUTS: Array<{ keys: string[]; action: string }> = [
  { keys: ['1', '…', '9'], action: 'Toggle label 1–9 (accept ⇄ reject)' },
  { keys: ['A'], action: 'Accept all suggestions and submit' },
  { keys: ['Enter'], action: 'Submit' },
  { keys: ['S'], action: 'Skip this text' },
  { keys: ['U'], action: 'Undo the last submit or skip' },
  { keys: ['Ctrl', 'Z'], action: 'Undo, too' },
  { keys: ['/'], action: 'Search all labels to add one' },
  { keys: ['?'], action: 'Show or hide this help' },
  { keys: ['Esc'], action: 'Leave the search box, close the help' },
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="shortcut-help-title"
      data-testid="help"
      className="fixed inset-x-4 top-20 z-30 mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-5 shadow-xl"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 id="shortcut-help-title" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close help"
          className="rounded-md px-2 py-1 text-stone-500 hover:bg-stone-100 hover:text-stone-900"
        >
          ✕
        </button>
      </div>
      <dl className="space-y-1.5 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="flex items-center justify-between gap-4">
            <dt className="flex gap-1">
              {shortcut.keys.map((key) =>
                key === '…' ? <span key={key}>…</span> : <kbd key={key}>{key}</kbd>,
              )}
            </dt>
            <dd className="text-right text-stone-600">{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-stone-500">
        Suggested labels start accepted; the others start unset. A submit sends every suggested
        label and each label you set; unset labels are not sent. Shortcuts are off while you type in
        a field.
      </p>
    </div>
  );
}
