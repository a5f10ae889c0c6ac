/** Header search: Enter goes to /search?q=…; the box mirrors q on that page; Ctrl-K (⌘-K) from any page puts the cursor in it. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';

export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const urlQuery = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);

  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setValue(urlQuery), [urlQuery]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = value.trim();
    void navigate(q === '' ? '/search' : `/search?q=${encodeURIComponent(q)}`);
  }

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="search-input">
        {t('search.label')}
      </label>
      <input
        id="search-input"
        ref={input}
        aria-keyshortcuts="Control+K Meta+K"
        title={t('search.shortcut')}
        type="search"
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        data-testid="search-input"
      />
    </form>
  );
}
