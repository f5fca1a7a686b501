/** The partition directory as `ls -l` would list it: every file and its size in bytes. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../bridge/context';
import { useT } from '../i18n/use-t';
import { selectFiles, selectPartition } from '../store/selectors';

export function FileList() {
  const { t } = useT();
  const partition = useAppStore(selectPartition);
  const files = useAppStore(useShallow(selectFiles));
  if (partition === undefined) return null;
  const dir = `${partition.logDir}/${partition.dirName}/`;
  return (
    <section className="panel files" aria-labelledby="files-title">
      <h2 id="files-title">{t('files.title')}</h2>
      <div className="table-scroll">
        <table aria-describedby="files-dir">
          <caption id="files-dir" className="mono">
            {dir}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('files.size')}
              </th>
              <th scope="col">{t('files.name')}</th>
            </tr>
          </thead>
          <tbody>
            {files.length === 0 && (
              <tr>
                <td colSpan={2}>{t('files.none')}</td>
              </tr>
            )}
            {files.map((f) => (
              <tr key={f.id} className={f.name.endsWith('.deleted') ? 'deleted' : undefined}>
                <td className="num mono">{f.sizeBytes}</td>
                <td className="mono">{f.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
