import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from './i18n';

/** 简体中文 / English buttons; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Radio.Group
      data-testid="language-switch"
      size="small"
      optionType="button"
      value={i18n.language}
      onChange={(e) => setLanguage(e.target.value as Language)}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
    />
  );
}
