/**
 * Passwords that appear at the top of every breach list. Refused outright: a rate limit doesn't
 * help when the first guess is right. Compared lower-cased.
 */
export const commonPasswords = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '87654321', '11111111', '00000000', '88888888', '99999999', '12341234',
  '11223344', '1q2w3e4r', '1qaz2wsx', 'qwertyui', 'qwertyuiop', 'asdfghjk', 'asdfghjkl', 'zxcvbnm1', 'password', 'password1',
  'password12', 'password123', 'password!', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'iloveyou', 'iloveyou1', 'princess', 'sunshine',
  'football', 'baseball', 'welcome1', 'welcome123', 'letmein1', 'letmein123', 'trustno1', 'superman', 'batman123', 'starwars',
  'whatever', 'computer', 'michelle', 'jennifer', 'charlie1', 'dragon123', 'monkey123', 'master123', 'shadow123', 'abc12345',
  'abcd1234', 'abcdefgh', 'aa123456', 'qwerty123', 'qwerty12', 'qazwsxedc', 'changeme', 'changeme1', 'default1', 'admin123',
  'administrator', 'secret123', 'access14', 'mustang1', 'liverpool', 'chelsea1', 'arsenal1', 'hello123', 'freedom1', 'summer2024',
  'summer2025', 'winter2024', 'winter2025', 'spring2025', 'autumn2025', 'december', 'november', 'september', 'jordan23', 'michael1',
  'q1w2e3r4', 'zaq12wsx', 'test1234', 'testtest', 'guest123', 'internet', 'samsung1', 'google123', 'linkedin', 'facebook',
  'toughcall', 'toughcall1', 'callcentre', 'callcenter', 'customer', 'service1', 'helpdesk', 'support1', 'training', 'trainee1',
])
