/** The chairs and themes of the years the calendar covers. */
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useChairmanships } from '../api/queries';
import { Picked } from '../i18n/InLanguage';
import { filterYears } from '../meetings/filters';

export function Footer() {
  const { t } = useTranslation();
  const { data } = useChairmanships();
  const years: readonly string[] = filterYears;
  const shown = (data?.chairmanships ?? []).filter((c) => years.includes(String(c.year)));
  return (
    <footer className="site-footer">
      <div className="container footer-row">
        <div>
          {shown.map((c) => (
            <p key={c.year} data-testid={`chair-${c.year}`}>
              <strong>
                <Trans t={t} i18nKey="footer.chair" values={{ year: c.year }} components={{ chair: <Picked of={c.chair} field="name" /> }} />
              </strong>
              {' · '}
              <em>
                “<Picked of={c} field="theme" />”
              </em>
            </p>
          ))}
          <p className="small">
            <Link to="/chairmanships">{t('chairmanships.title', { ns: 'partners' })}</Link>
          </p>
        </div>
        <p className="muted">
          {t('app.name')} · {t('app.tagline')}
        </p>
      </div>
    </footer>
  );
}
