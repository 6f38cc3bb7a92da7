// A consented external script (same origin): runs before the inline one after it.
window.cspLog = window.cspLog || [];
window.externalRan = true;
window.cspLog.push('external');
document.cookie = 'csp_demo=1; Max-Age=86400; Path=/; SameSite=Lax';
