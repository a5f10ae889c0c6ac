/** Header search: Enter goes to /search?q=…; the box mirrors q on that page. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';

export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const urlQuery = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);

  useEffect(() => setValue(urlQuery), [urlQuery]);

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
        type="search"
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        data-testid="search-input"
      />
    </form>
  );
}
