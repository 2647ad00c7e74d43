// Turns the article body's textarea into the wangEditor rich-text editor. Without script the
// textarea stays and posts as before; with it, the editor writes its HTML into the textarea (hidden),
// so the form posts the same field. The server's sanitizer stays the authority over what is kept.
(function () {
  'use strict';
  const host = document.getElementById('article-editor');
  const source = document.getElementById('body-source');
  if (!host || !source || !window.wangEditor) {
    return;
  }
  const { Boot, createEditor, createToolbar } = window.wangEditor;
  const articleId = host.dataset.article;
  const csrf = { [host.dataset.csrfName]: host.dataset.csrf };
  // Until the article is published its files answer only at the back office's address: the editor
  // shows them from there, the form stores the public one.
  const filesPrefix = articleId ? `/admin/articles/${articleId}/files/` : null;
  const toEditor = (html) => (filesPrefix ? html.split('"/attachments/').join(`"${filesPrefix}`) : html);
  const toForm = (html) => (filesPrefix ? html.split(`"${filesPrefix}`).join('"/attachments/') : html);
  const preview = (url) => (filesPrefix && url.startsWith('/attachments/') ? filesPrefix + url.slice(13) : url);
  const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  const status = document.createElement('p');
  status.className = 'editor-status';
  status.setAttribute('role', 'status');
  const say = (message) => { status.textContent = message; };

  // Links as the sanitizer stores them (it adds rel), so what the editor writes is kept unchanged.
  Boot.registerElemToHtml({
    type: 'link',
    elemToHtml: (elem, childrenHtml) =>
      `<a href="${attr(elem.url)}" target="_blank" rel="noopener noreferrer">${childrenHtml}</a>`,
  });

  class AttachmentLinkMenu {
    constructor() { this.title = '附件链接'; this.tag = 'button'; }
    getValue() { return ''; }
    isActive() { return false; }
    isDisabled() { return !articleId; }
    exec() {
      const first = document.querySelector('#attachment-list .insert-link');
      if (first) { first.focus(); } else { say('本稿件还没有附件：请先在下方“附件”处上传。'); }
    }
  }
  Boot.registerMenu({ key: 'attachmentLink', factory: () => new AttachmentLinkMenu() });

  const toolbarDiv = document.createElement('div');
  toolbarDiv.className = 'editor-toolbar';
  const textDiv = document.createElement('div');
  textDiv.className = 'editor-text';
  source.hidden = true;
  source.required = false;
  source.after(toolbarDiv, textDiv, status);

  const editor = createEditor({
    selector: textDiv,
    html: toEditor(source.value) || '<p><br></p>',
    mode: 'default',
    config: {
      placeholder: '',
      onChange(e) { source.value = toForm(e.getHtml()); },
      customPaste(e, event) {
        const html = event.clipboardData && event.clipboardData.getData('text/html');
        if (!html) {
          return true;
        }
        const plain = event.clipboardData.getData('text/plain');
        event.preventDefault();
        fetch('/admin/articles/paste', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ html, ...csrf }),
        }).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
          .then((clean) => { e.restoreSelection(); e.dangerouslyInsertHtml(toEditor(clean)); say('已粘贴，并清除了多余格式。'); })
          .catch(() => { e.restoreSelection(); e.insertText(plain); say('格式清理失败，已按纯文本粘贴。'); });
        return false;
      },
      MENU_CONF: {
        uploadImage: {
          server: `/admin/articles/${articleId}/images`,
          fieldName: 'file',
          maxFileSize: 20 * 1024 * 1024,
          maxNumberOfFiles: 10,
          allowedFileTypes: ['image/png', 'image/jpeg', 'image/gif'],
          meta: csrf,
          metaWithUrl: false,
          timeout: 60 * 1000,
          customInsert(res, insertFn) {
            insertFn(preview(res.data.url), res.data.alt, '');
            addAttachment(res.data.id, res.data.url, res.data.name, true);
            say(`图片已上传为本稿件附件：${res.data.alt}`);
          },
          onFailed(file, res) { say((res && res.message) || `图片“${file.name}”上传失败`); },
          onError(file, err, res) { say((res && res.message) || `图片“${file.name}”上传失败：${err.message}`); },
        },
      },
    },
  });
  window.articleEditor = editor;
  source.value = toForm(editor.getHtml());

  const keys = ['headerSelect', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList', '|',
    'justifyLeft', 'justifyCenter', 'justifyRight', '|', 'insertLink', 'insertTable'];
  if (articleId) {
    keys.push('uploadImage', 'attachmentLink');
  }
  keys.push('|', 'undo', 'redo');
  createToolbar({ editor, selector: toolbarDiv, mode: 'default', config: { toolbarKeys: keys } });

  // Icon buttons get their tooltip as accessible name (buttons with text keep their text); the text
  // area a valid role (wangEditor writes role="textarea", which does not exist) and its label.
  const name = () => {
    toolbarDiv.querySelectorAll('button[data-tooltip]').forEach((b) => {
      const label = b.dataset.tooltip.split('\n')[0];
      if (b.textContent.trim()) {
        if (b.hasAttribute('aria-label')) b.removeAttribute('aria-label');
      } else if (b.getAttribute('aria-label') !== label) {
        b.setAttribute('aria-label', label);
      }
    });
    const text = textDiv.querySelector('[contenteditable]');
    if (text && text.getAttribute('role') !== 'textbox') {
      text.setAttribute('role', 'textbox');
      text.setAttribute('aria-multiline', 'true');
      text.setAttribute('aria-label', '正文');
    }
  };
  name();
  new MutationObserver(name).observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-label'] });

  function addAttachment(id, url, fileName, image) {
    const list = document.getElementById('attachment-list');
    if (list) {
      const li = document.createElement('li');
      li.dataset.url = url;
      li.dataset.name = fileName;
      li.dataset.image = String(image);
      li.textContent = fileName;
      list.append(li);
      addButtons(li);
    }
    const cover = document.getElementById('cover-select');
    if (cover && image) {
      cover.append(new Option(fileName, String(id)));
    }
  }

  function addButtons(li) {
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'insert-link';
    link.textContent = '在正文中插入链接';
    link.addEventListener('click', () => {
      editor.restoreSelection();
      editor.dangerouslyInsertHtml(`<a href="${attr(li.dataset.url)}" target="_blank">${attr(li.dataset.name)}</a>`);
      say(`已在正文中插入附件链接：${li.dataset.name}`);
    });
    li.append(' ', link);
    if (li.dataset.image === 'true') {
      const img = document.createElement('button');
      img.type = 'button';
      img.textContent = '在正文中插入图片';
      img.addEventListener('click', () => {
        editor.restoreSelection();
        editor.dangerouslyInsertHtml(`<img src="${attr(preview(li.dataset.url))}" alt="${attr(li.dataset.name)}">`);
        say(`已在正文中插入图片：${li.dataset.name}`);
      });
      li.append(' ', img);
    }
  }
  document.querySelectorAll('#attachment-list li').forEach(addButtons);
}());
