// Settings every ALTCHA widget of the public pages shares; loaded after the Chinese texts and
// before the widget itself, so widgets start with them. No link to the vendor's site on a
// government page.
globalThis.$altcha.defaults.set({ hideFooter: true, language: 'zh-cn' });
