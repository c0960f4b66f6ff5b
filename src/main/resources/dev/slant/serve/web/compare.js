// slant serve: the Compare page. Uploads a corpus, shows progress, then links to the report.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);

  function say(message, error) {
    $('progress-text').textContent = message;
    $('progress-text').classList.toggle('error', !!error);
  }

  async function json(r) {
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (!r.ok) throw new Error((data && data.error) || ('HTTP ' + r.status));
    return data;
  }

  async function poll(job) {
    for (;;) {
      const s = await json(await fetch('/api/compare/' + encodeURIComponent(job)));
      const bar = $('progress');
      if (s.total > 0) {
        bar.max = s.total;
        bar.value = s.done;
      }
      if (s.state === 'done') {
        say('Compared ' + (s.done - s.failed) + ' articles' + (s.failed ? ' (' + s.failed + ' could not be read)' : '') + '.');
        $('open-report').href = s.report;
        $('report-link').hidden = false;
        return;
      }
      if (s.state === 'failed') {
        say('The comparison failed: ' + (s.error || 'no article could be analysed'), true);
        return;
      }
      say(s.total < 0 ? 'Reading the corpus…' : 'Scored ' + s.done + ' of ' + s.total + ' articles…');
      await new Promise((ok) => setTimeout(ok, 300));
    }
  }

  async function start(ev) {
    ev.preventDefault();
    const file = $('corpus').files[0];
    if (!file) return;
    $('start').disabled = true;
    $('report-link').hidden = true;
    $('progress-block').hidden = false;
    $('progress').removeAttribute('value');
    say('Uploading ' + file.name + '…');
    try {
      const q = new URLSearchParams({ name: file.name, group_by: $('group-by').value.trim() || 'outlet' });
      const r = await fetch('/api/compare?' + q, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file });
      const job = await json(r);
      await poll(job.job);
    } catch (e) {
      say(e.message, true);
    } finally {
      $('start').disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => $('compare-form').addEventListener('submit', start));
})();
