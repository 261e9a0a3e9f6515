import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './messages';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'retention.language';

function savedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

/**
 * The one i18next instance of the page. It is a Module Federation singleton, so the
 * shell and every remote switch language together. Chinese first, English second.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: ['common'],
  resources: { 'zh-CN': { common: common['zh-CN'] }, en: { common: common.en } },
  interpolation: { escapeValue: false },
  initImmediate: false,
});

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/** A remote adds its own strings under its namespace when it is loaded. */
export function registerMessages(namespace: string, messages: Record<Language, Record<string, unknown>>): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, namespace, messages[language], true, true);
}
