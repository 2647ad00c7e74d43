// Copy buttons of the back office: <button data-copy-target="id" data-copy-status="id" hidden>.
// Without script the button stays hidden and the text can be selected by hand.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const target = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyStatus);
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = target.textContent.trim();
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制';
    } catch (e) {
      // No clipboard access (an old browser, or permission refused): select it for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = '未能自动复制，密码已选中，请按 Ctrl+C 复制';
    }
  });
}
