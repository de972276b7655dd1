// Web Chat's look for The Spine Institute: the clinic's teal and navy, quiet bubbles, rounded choices.
export const clinicStyleOptions = Object.freeze({
  accent: '#0f6e7c',
  backgroundColor: '#ffffff',
  primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
  rootHeight: '100%',
  rootWidth: '100%',

  botAvatarInitials: 'SB',
  botAvatarBackgroundColor: '#0f6e7c',
  userAvatarInitials: 'You',
  userAvatarBackgroundColor: '#5b6b7b',

  bubbleBackground: '#eef4f6',
  bubbleBorderColor: '#eef4f6',
  bubbleBorderRadius: 14,
  bubbleTextColor: '#1d2630',
  bubbleFromUserBackground: '#12355b',
  bubbleFromUserBorderColor: '#12355b',
  bubbleFromUserBorderRadius: 14,
  bubbleFromUserTextColor: '#ffffff',

  suggestedActionLayout: 'flow',
  suggestedActionBackgroundColor: '#ffffff',
  suggestedActionBackgroundColorOnHover: '#e6f2f4',
  suggestedActionBorderColor: '#0f6e7c',
  suggestedActionBorderRadius: 18,
  suggestedActionBorderWidth: 2,
  suggestedActionTextColor: '#0f6e7c',

  sendBoxButtonColor: '#0f6e7c',
  sendBoxButtonColorOnHover: '#0b5561',
  sendBoxPlaceholder: 'Type your message',
  hideUploadButton: true,

  // Web Chat renders (sanitized) HTML inside markdown unless told not to: show any HTML as the text it is.
  markdownRenderHTML: false,
});
