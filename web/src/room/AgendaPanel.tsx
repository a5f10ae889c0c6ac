/**
 * The agenda on the console: the items in order with the one under
 * discussion, the chair's steps on each (take up, suspend, resume, close),
 * and keeping the agenda: add, rename, move up or down, delete (asked once
 * more; the server refuses the item under discussion or one with decisions).
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { ConfirmButton } from '../meetings/form-parts';
import type { RoomData, RoomItem, Run } from './api';
import { Button } from './parts';

export function AgendaPanel({
  room,
  chair,
  run,
  selectedId,
  onSelect,
}: {
  room: RoomData;
  chair: boolean;
  run: Run;
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation('room');
  const [editing, setEditing] = useState<number | null>(null);
  const live = room.meeting.status === 'in_progress';
  const keeping = chair && room.meeting.status !== 'held' && room.meeting.status !== 'cancelled';
  const ids = room.items.map((i) => i.id);
  const move = (id: number, by: -1 | 1) => {
    const order = [...ids];
    const at = order.indexOf(id);
    const to = at + by;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    run({ kind: 'agendaOrder', itemIds: order });
  };
  return (
    <>
      <h2>{t('agenda')}</h2>
      <ol className="agenda-list" data-testid="agenda">
        {room.items.map((i, index) => (
          <li
            key={i.id}
            className={`agenda-item agenda-${i.state} ${i.id === selectedId ? 'agenda-selected' : ''}`}
            data-testid="agenda-item"
            aria-current={i.id === room.currentItemId ? 'step' : undefined}
          >
            {editing === i.id ? (
              <RenameForm item={i} run={run} onDone={() => setEditing(null)} />
            ) : (
              <>
                <button type="button" className="link-button" onClick={() => onSelect(i.id)}>
                  {i.position}. <Picked of={i} field="title" />
                </button>
                <span className="muted"> · {t(`item.state.${i.state}`)}</span>
              </>
            )}
            {chair && live && (
              <span className="actions">
                {(i.state === 'pending' || i.state === 'closed') && (
                  <Button
                    small
                    onClick={() => (onSelect(i.id), run({ kind: 'item', itemId: i.id, action: 'open' }))}
                    testId="item-open"
                    label={t('item.open')}
                  />
                )}
                {i.state === 'open' && (
                  <Button small onClick={() => run({ kind: 'item', itemId: i.id, action: 'suspend' })} testId="item-suspend" label={t('item.suspend')} />
                )}
                {i.state === 'suspended' && (
                  <Button small onClick={() => run({ kind: 'item', itemId: i.id, action: 'resume' })} testId="item-resume" label={t('item.resume')} />
                )}
                {(i.state === 'open' || i.state === 'suspended') && (
                  <Button small onClick={() => run({ kind: 'item', itemId: i.id, action: 'close' })} testId="item-close" label={t('item.close')} />
                )}
              </span>
            )}
            {keeping && editing !== i.id && (
              <details className="agenda-keep">
                <summary data-testid="item-keep">{t('agendaEdit.edit')}</summary>
                <span className="actions">
                  <Button small onClick={() => setEditing(i.id)} testId="item-rename" label={t('agendaEdit.edit')} />
                  {index > 0 && <Button small onClick={() => move(i.id, -1)} testId="item-up" label="↑" title={t('agendaEdit.up')} />}
                  {index < ids.length - 1 && <Button small onClick={() => move(i.id, 1)} testId="item-down" label="↓" title={t('agendaEdit.down')} />}
                  <ConfirmButton
                    small
                    label={t('agendaEdit.delete')}
                    question={<Trans t={t} i18nKey="agendaEdit.deleteQuestion" components={{ item: <Picked of={i} field="title" /> }} />}
                    confirmLabel={t('agendaEdit.deleteConfirm')}
                    pending={false}
                    onConfirm={() => run({ kind: 'deleteItem', itemId: i.id })}
                    testId="item-delete"
                  />
                </span>
              </details>
            )}
          </li>
        ))}
      </ol>
      {keeping && <AddItem run={run} />}
    </>
  );
}

function RenameForm({ item, run, onDone }: { item: RoomItem; run: Run; onDone: () => void }) {
  const { t } = useTranslation('room');
  const [titleEn, setTitleEn] = useState(item.titleEn);
  const [titleVi, setTitleVi] = useState(item.titleVi);
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        run({ kind: 'rename', itemId: item.id, titleEn, titleVi });
        onDone();
      }}
    >
      <label>
        {t('titleEn')} <input value={titleEn} onChange={(e) => setTitleEn(e.target.value)} required maxLength={500} data-testid="rename-en" />
      </label>
      <label>
        {t('titleVi')} <input value={titleVi} onChange={(e) => setTitleVi(e.target.value)} required maxLength={500} data-testid="rename-vi" />
      </label>
      <span className="actions">
        <button type="submit" className="button button-small button-primary" data-testid="rename-save">
          {t('agendaEdit.save')}
        </button>
        <button type="button" className="button button-small button-ghost" onClick={onDone}>
          {t('agendaEdit.cancel')}
        </button>
      </span>
    </form>
  );
}

function AddItem({ run }: { run: Run }) {
  const { t } = useTranslation('room');
  const [titleEn, setTitleEn] = useState('');
  const [titleVi, setTitleVi] = useState('');
  return (
    <details className="add-item">
      <summary>{t('addItem')}</summary>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          run({ kind: 'addItem', titleEn, titleVi });
          setTitleEn('');
          setTitleVi('');
        }}
      >
        <label>
          {t('titleEn')} <input value={titleEn} onChange={(e) => setTitleEn(e.target.value)} required maxLength={500} data-testid="item-title-en" />
        </label>
        <label>
          {t('titleVi')} <input value={titleVi} onChange={(e) => setTitleVi(e.target.value)} required maxLength={500} data-testid="item-title-vi" />
        </label>
        <button type="submit" className="button" data-testid="item-add">
          {t('add')}
        </button>
      </form>
    </details>
  );
}
