// The interview page, live: new transcript entries and picked questions from the server-sent events
// of /api/v1/interviews/{id}/events appear without reloading, in an aria-live region; and questions
// are sent to the JSON API once the ALTCHA widget has done its proof of work. Everything from the
// server is inserted as text (textContent), never as markup.
const root = document.getElementById('interview');
const list = document.getElementById('transcript');

function paragraph(className, text) {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

/** One transcript item, built like the server-rendered ones. */
function render(event) {
  const li = document.createElement('li');
  li.className = `transcript-item role-${event.role === 'citizen' || event.role === 'host' ? event.role : 'guest'}`;
  li.id = `event-${event.seq}`;
  const speaker = document.createElement('p');
  speaker.className = 'speaker';
  const name = document.createElement('strong');
  name.textContent = event.speaker;
  speaker.append(name);
  if (event.position) {
    const position = document.createElement('span');
    position.className = 'position';
    position.textContent = event.position;
    speaker.append(' ', position);
  }
  const time = document.createElement('time');
  time.dateTime = event.at;
  time.textContent = event.time;
  speaker.append(' ', time);
  li.append(speaker);
  if (event.replyTo) li.append(paragraph('reply-to', `回复${event.replyTo}：${event.replyText}`));
  for (const line of (event.text || '').split('\n')) {
    if (line.trim()) li.append(paragraph('', line.trim()));
  }
  // Only pictures of this site: the server gives their path.
  if (event.picture && event.picture.startsWith('/interviews/')) {
    const figure = document.createElement('figure');
    figure.className = 'transcript-picture';
    const img = document.createElement('img');
    img.src = event.picture;
    img.alt = event.caption || `${event.speaker}展示的图片`;
    figure.append(img);
    if (event.caption) {
      const caption = document.createElement('figcaption');
      caption.textContent = event.caption;
      figure.append(caption);
    }
    li.append(figure);
  }
  return li;
}

function follow() {
  const status = document.getElementById('live-status');
  const show = (text) => { status.textContent = text; status.hidden = false; };
  const after = Number(root.dataset.lastSeq || 0);
  const source = new EventSource(`${root.dataset.events}?after=${after}`);
  const add = (message) => {
    const event = JSON.parse(message.data);
    if (document.getElementById(`event-${event.seq}`)) return;
    document.getElementById('transcript-empty')?.remove();
    list.append(render(event));
  };
  source.addEventListener('entry', add);
  source.addEventListener('question', add);
  source.addEventListener('open', () => show('访谈内容正在实时更新，新的内容会自动出现在下方。'));
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) {
      show('实时更新暂不可用，请稍后刷新页面查看最新内容。');
    } else {
      show('实时更新连接中断，正在重新连接…');
    }
  });
}

function ask() {
  const form = document.getElementById('question-form');
  if (!form) return;
  const error = document.getElementById('question-error');
  const sent = document.getElementById('question-sent');
  document.getElementById('ask-needs-script').hidden = true;
  form.hidden = false;
  let sending = false;
  form.addEventListener('submit', async (submit) => {
    const fields = new FormData(form);
    // Until the widget has solved its challenge it holds the submission back and submits again itself.
    if (!fields.get('altcha')) return;
    submit.preventDefault();
    if (sending) return;
    sending = true;
    error.hidden = true;
    sent.hidden = true;
    const widget = form.querySelector('altcha-widget');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          content: fields.get('content'), nickname: fields.get('nickname'), altcha: fields.get('altcha'),
          website: fields.get('website'),
        }),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        form.querySelector('#question-content').value = '';
        sent.textContent = answer.message || '提问已提交。';
        sent.hidden = false;
      } else {
        // The text stays in the form; the server's reason, in Chinese, goes above it.
        error.textContent = answer.detail || '提交失败，请稍后再试。';
        error.hidden = false;
        const field = answer.field === 'content' || answer.field === 'nickname' ? form.querySelector(`[name="${answer.field}"]`) : null;
        field?.focus();
      }
    } catch (e) {
      error.textContent = '网络连接失败，提问没有提交，请稍后再试。';
      error.hidden = false;
    } finally {
      sending = false;
      // A challenge is good for one submission: the next one solves a new one.
      widget?.reset?.();
    }
  });
}

if (root && list) {
  if (root.dataset.events && root.dataset.phase !== 'ended' && 'EventSource' in window) follow();
  ask();
}
